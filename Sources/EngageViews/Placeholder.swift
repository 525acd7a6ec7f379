// Placeholder until this stage is written; replaced by its owner.
