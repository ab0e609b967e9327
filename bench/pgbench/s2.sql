-- S2 by hand: learners matching "mar" in a name or the email, first page of 20, and the total (same expression and
-- trigram index as the server's search).
select id, first_name, last_name from learner
 where lower(first_name || ' ' || last_name || ' ' || first_name || ' ' || email) like '%mar%'
 order by last_name, first_name, id limit 21;
select count(*) from learner
 where lower(first_name || ' ' || last_name || ' ' || first_name || ' ' || email) like '%mar%';
