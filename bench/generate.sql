-- Benchmark data, deterministic, sized by :scale (psql -v scale=1 -f generate.sql, into a migrated database).
-- At scale 1: 2,000 sessions, 40,000 learners, 60,000 enrollments, about 1.4 million artifact rows (mostly
-- attendance signatures) and 440,000 emails. Scale 10 is ten times that. Ids are positional, so the same scale gives
-- the same data; dates are relative to the day it is generated.
\set ON_ERROR_STOP on
\set sessions (2000 * :scale)::int
\set learners (40000 * :scale)::int
\set companies (1000 * :scale)::int

begin;
set local synchronous_commit = off;

insert into training_session (id, name, start_date, end_date)
select k, (array['Excel advanced', 'Management fundamentals', 'GDPR for HR teams', 'Python for data analysis',
                 'Project management with Scrum', 'Negotiation skills', 'First aid at work', 'Public speaking',
                 'Power BI essentials', 'Time management'])[1 + k % 10] || ' #' || k,
       current_date - 730 + (k * 7919) % 1460,
       current_date - 730 + (k * 7919) % 1460 + (case when k % 50 = 0 then 39 else 1 + k % 11 end)
from generate_series(1, :sessions) k;

insert into session_date (session_id, day, start_time, end_time)
select s.id, d, '09:00', '17:00'
from training_session s, generate_series(s.start_date, s.end_date, interval '1 day') d;

insert into learner (id, first_name, last_name, email)
select i, (array['Camille', 'Hugo', 'Léa', 'Claire', 'Julien', 'Sophie', 'Thomas', 'Manon', 'Lucas', 'Chloé'])[1 + i % 10],
       (array['Bernard', 'Lefebvre', 'Moreau', 'Martin', 'Petit', 'Dubois', 'Laurent', 'Simon', 'Michel', 'Garcia',
              'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Blanc'])[1 + (i / 10) % 20]
         || '-' || i,
       'learner' || i || '@example.org'
from generate_series(1, :learners) i;

-- Companies, then one individual client per learner whose id ends in 0 (private) or 1 (self-employed).
insert into client (id, kind, name, learner_id)
select c, 'COMPANY', 'Company ' || c, null from generate_series(1, :companies) c;
insert into client (id, kind, name, learner_id)
select :companies + i, case when i % 10 = 0 then 'PRIVATE_INDIVIDUAL' else 'SELF_EMPLOYED' end, 'Client ' || i, i
from generate_series(1, :learners) i where i % 10 in (0, 1);

-- 30 enrollments per session: its learners are spread over the whole population (so each learner has several
-- sessions), each through their own individual client or their company (learner % companies).
insert into enrollment (session_id, learner_id, client_id)
select k, l, case when l % 10 in (0, 1) then :companies + l else 1 + l % :companies end
from generate_series(1, :sessions) k, generate_series(0, 29) j,
     lateral (select 1 + (k * 37 + j * (:learners / 30)) % :learners as l) pick
order by k, j;

insert into course_start_notice (enrollment_id, sent_at)
select e.id, s.start_date - 14 + time '10:00' from enrollment e join training_session s on s.id = e.session_id;
insert into portal_access (enrollment_id, login, granted_at)
select e.id, 'learner' || e.learner_id, s.start_date - 14 + time '10:05' from enrollment e join training_session s on s.id = e.session_id;
insert into elearning_access (enrollment_id, module_name, granted_at)
select e.id, m, s.start_date - 14 + time '10:10'
from enrollment e join training_session s on s.id = e.session_id, unnest(array['Module 1', 'Module 2']) m;
insert into attendance_signature (enrollment_id, session_date_id, half_day, signed_at)
select e.id, d.id, h, d.day + time '09:05'
from enrollment e join session_date d on d.session_id = e.session_id, unnest(array['AM', 'PM']) h;
insert into evaluation (enrollment_id, title, submitted_at, score)
select e.id, 'Final assessment', s.end_date + time '16:00', 10 + e.id % 10
from enrollment e join training_session s on s.id = e.session_id;
insert into certificate (enrollment_id, kind, issued_on, delivered_at)
select e.id, c, s.end_date, s.end_date + time '18:00'
from enrollment e join training_session s on s.id = e.session_id,
     unnest(array['CERTIFICATE_OF_ATTENDANCE', 'CERTIFICATE_OF_ACHIEVEMENT', 'DIPLOMA']) c;

-- Commercial documents of every (session, client): a quote and an invoice; individuals also a contract and an opportunity.
insert into quote (session_id, client_id, number, amount, status, created_on)
select session_id, client_id, 'Q-' || session_id || '-' || client_id, 1450, 'ACCEPTED', current_date - 800
from (select distinct session_id, client_id from enrollment) p;
insert into invoice (session_id, client_id, number, amount, status, issued_on)
select session_id, client_id, 'F-' || session_id || '-' || client_id, 1450, 'ISSUED', current_date - 700
from (select distinct session_id, client_id from enrollment) p;
insert into training_contract (session_id, client_id, number, signed_on)
select session_id, client_id, 'TC-' || session_id || '-' || client_id, current_date - 790
from (select distinct session_id, client_id from enrollment where client_id > :companies) p;
insert into crm_opportunity (session_id, client_id, title, stage, amount)
select session_id, client_id, 'Opportunity ' || session_id || '-' || client_id, 'WON', 1450
from (select distinct session_id, client_id from enrollment where client_id > :companies) p;

-- 2 to 20 emails per learner.
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select i, null, null, 'Newsletter ' || n, current_date - n * 7 + time '08:00'
from generate_series(1, :learners) i, generate_series(1, 2 + i % 19) n;

-- The fixed ids above bypassed the identity sequences.
select setval(pg_get_serial_sequence('training_session', 'id'), (select max(id) + 1 from training_session), false) \g /dev/null
select setval(pg_get_serial_sequence('learner', 'id'), (select max(id) + 1 from learner), false) \g /dev/null
select setval(pg_get_serial_sequence('client', 'id'), (select max(id) + 1 from client), false) \g /dev/null
commit;
analyze training_session, session_date, learner, client, enrollment, course_start_notice, portal_access,
        elearning_access, attendance_signature, evaluation, certificate, quote, invoice, training_contract,
        crm_opportunity, email_message;
