//! fr data for the entities stage.

use crate::entities::EntityLexicon;

pub const ENTITIES: EntityLexicon = EntityLexicon {};
