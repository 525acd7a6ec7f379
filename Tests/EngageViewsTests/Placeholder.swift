// Placeholder until this stage's tests are written; replaced by its owner.
