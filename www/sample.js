// Short sample articles written for this project (fictional events).
self.ANNOTATOR_SAMPLES = {
  fr: `Publié le mardi 12 mars 2024
La mairie de Lyon et l'Agence française de développement ont signé lundi un accord sur le tramway.
« Ce projet changera la vie de milliers d'habitants », a déclaré Claire Dubois, adjointe aux transports, lors d'une conférence de presse à Lyon.
Selon Dubois, les travaux commenceront en septembre 2025 et dureront trois ans.
Le ministre des Transports, Paul Martin, a affirmé que l'État financerait un tiers du projet.
– Nous serons au rendez-vous, a ajouté M. Martin, qui doit se rendre à Bruxelles jeudi prochain.`,
  en: `Published on Thursday, 7 November 2024
The Harbour Trust of Port Ellery said on Monday that the old ferry pier would reopen next spring after two years of repairs.
"We owe the islanders a crossing they can rely on," said Nadia Okafor, the trust's chair, at a meeting in Port Ellery town hall.
Okafor said the council would pay for a third of the work, and that boats would run every hour from 6 a.m.
Councillor Tom Reyes warned that the budget, approved in March, left little room for delays.
"If the storms come early, we will lose weeks," Reyes told the Ellery Gazette.`,
};
self.ANNOTATOR_SAMPLE = self.ANNOTATOR_SAMPLES.fr;
