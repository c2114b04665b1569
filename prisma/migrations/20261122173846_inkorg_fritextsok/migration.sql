-- Trigrams for the inbox's free-text search. pg_trgm is a trusted extension: the database's
-- owner may install it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Synpunkt_meddelande_trgm_idx" ON "Synpunkt" USING GIN ("meddelande" gin_trgm_ops);
