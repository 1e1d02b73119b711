// A short sample article written for this project (fictional events).
self.ANNOTATOR_SAMPLE = `Publié le mardi 12 mars 2024
La mairie de Lyon et l'Agence française de développement ont signé lundi un accord sur le tramway.
« Ce projet changera la vie de milliers d'habitants », a déclaré Claire Dubois, adjointe aux transports, lors d'une conférence de presse à Lyon.
Selon Dubois, les travaux commenceront en septembre 2025 et dureront trois ans.
Le ministre des Transports, Paul Martin, a affirmé que l'État financerait un tiers du projet.
– Nous serons au rendez-vous, a ajouté M. Martin, qui doit se rendre à Bruxelles jeudi prochain.`;
