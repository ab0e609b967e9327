-- Learner search matches a substring of "first last first email", case-insensitively (both name orders, and the
-- email, in one expression). A trigram index serves it: without one, every search reads every learner, twice (the
-- page and the total).
create extension if not exists pg_trgm;
create index learner_search_idx on learner
    using gin ((lower(first_name || ' ' || last_name || ' ' || first_name || ' ' || email)) gin_trgm_ops);
