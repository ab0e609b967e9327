-- S1 by hand: a page of 50 sessions (newest first) with their total, dates, enrollments, learners and clients.
select id, name, start_date, end_date from training_session order by start_date desc, id desc limit 51;
select count(*) from training_session;
select d.session_id, d.day, d.start_time, d.end_time from session_date d
 where d.session_id in (select id from training_session order by start_date desc, id desc limit 50)
 order by d.session_id, d.day;
select e.id, e.session_id, l.id, l.first_name, l.last_name, c.id, c.kind, c.name
  from enrollment e join learner l on l.id = e.learner_id join client c on c.id = e.client_id
 where e.session_id in (select id from training_session order by start_date desc, id desc limit 50);
