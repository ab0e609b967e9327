-- S2 by hand: learners matching "mar" in a name or the email, first page of 20, and the total.
select id, first_name, last_name from learner
 where lower(last_name) like '%mar%' or lower(first_name) like '%mar%' or lower(email) like '%mar%'
 order by last_name, first_name, id limit 21;
select count(*) from learner
 where lower(last_name) like '%mar%' or lower(first_name) like '%mar%' or lower(email) like '%mar%';
