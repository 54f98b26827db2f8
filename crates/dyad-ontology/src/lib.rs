//! dyad-ontology
