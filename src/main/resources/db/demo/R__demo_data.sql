-- Demo data for dev mode (../shared/spec/demo-data.md). Loaded by Flyway only in the dev profile
-- (%dev.quarkus.flyway.locations), never in tests or production. Deterministic: fixed ids and names; dates are
-- relative to the day the server starts, so that "Excel advanced" is always running, two sessions are past
-- and three are to come.

insert into training_session (id, name, start_date, end_date) values
    (1, 'Excel advanced', current_date - 3, current_date + 6),
    (2, 'Management fundamentals', current_date - 60, current_date - 58),
    (3, 'GDPR for HR teams', current_date + 45, current_date + 46),
    (4, 'Python for data analysis', current_date + 66, current_date + 70),
    (5, 'Project management with Scrum', current_date - 81, current_date - 79),
    (6, 'Negotiation skills', current_date + 101, current_date + 102);

insert into session_date (id, session_id, day, start_time, end_time) values
    (1, 1, current_date - 3, '09:00', '17:00'), (2, 1, current_date - 2, '09:00', '17:00'), (3, 1, current_date - 1, '09:00', '17:00'),
    (4, 1, current_date + 4, '09:00', '17:00'), (5, 1, current_date + 5, '09:00', '17:00'), (6, 1, current_date + 6, '09:00', '12:30'),
    (7, 2, current_date - 60, '09:00', '17:30'), (8, 2, current_date - 59, '09:00', '17:30'), (9, 2, current_date - 58, '09:00', '12:00'),
    (10, 3, current_date + 45, '09:30', '17:00'), (11, 3, current_date + 46, '09:30', '16:00'),
    (12, 4, current_date + 66, '09:00', '17:00'), (13, 4, current_date + 67, '09:00', '17:00'), (14, 4, current_date + 68, '09:00', '17:00'),
    (15, 4, current_date + 69, '09:00', '17:00'), (16, 4, current_date + 70, '09:00', '15:00'),
    (17, 5, current_date - 81, '09:00', '17:00'), (18, 5, current_date - 80, '09:00', '17:00'), (19, 5, current_date - 79, '09:00', '17:00'),
    (20, 6, current_date + 101, '09:00', '17:30'), (21, 6, current_date + 102, '09:00', '13:00');

insert into learner (id, first_name, last_name, email) values
    (1, 'Camille', 'Bernard', 'camille.bernard@acme-industries.fr'),
    (2, 'Hugo', 'Lefebvre', 'hugo.lefebvre@acme-industries.fr'),
    (3, 'Léa', 'Moreau', 'lea.moreau@acme-industries.fr'),
    (4, 'Claire', 'Martin', 'claire.martin@gmail.com'),
    (5, 'Julien', 'Petit', 'contact@julienpetit-design.fr'),
    (6, 'Sophie', 'Dubois', 'sophie.dubois@nexa-consulting.fr'),
    (7, 'Thomas', 'Laurent', 'thomas.laurent@nexa-consulting.fr'),
    (8, 'Manon', 'Simon', 'manon.simon@nexa-consulting.fr'),
    (9, 'Lucas', 'Michel', 'lucas.michel@nexa-consulting.fr'),
    (10, 'Chloé', 'Garcia', 'chloe.garcia@boulangerie-durand.fr'),
    (11, 'Nathan', 'David', 'nathan.david@boulangerie-durand.fr'),
    (12, 'Inès', 'Bertrand', 'ines.bertrand@boulangerie-durand.fr'),
    (13, 'Louis', 'Roux', 'louis.roux@acme-industries.fr'),
    (14, 'Emma', 'Vincent', 'emma.vincent@acme-industries.fr'),
    (15, 'Gabriel', 'Fournier', 'gabriel.fournier@acme-industries.fr'),
    (16, 'Jade', 'Morel', 'jade.morel@nexa-consulting.fr'),
    (17, 'Arthur', 'Girard', 'arthur.girard@nexa-consulting.fr'),
    (18, 'Louise', 'André', 'louise.andre@boulangerie-durand.fr'),
    (19, 'Raphaël', 'Mercier', 'raphael.mercier@boulangerie-durand.fr'),
    (20, 'Alice', 'Blanc', 'alice.blanc@hopital-sud.fr'),
    (21, 'Jules', 'Guerin', 'jules.guerin@hopital-sud.fr'),
    (22, 'Lina', 'Boyer', 'lina.boyer@hopital-sud.fr'),
    (23, 'Adam', 'Garnier', 'adam.garnier@hopital-sud.fr'),
    (24, 'Rose', 'Chevalier', 'rose.chevalier@hopital-sud.fr'),
    (25, 'Maël', 'François', 'mael.francois@hopital-sud.fr'),
    (26, 'Anna', 'Legrand', 'anna.legrand@orange.fr'),
    (27, 'Paul', 'Gauthier', 'paul.gauthier@laposte.net'),
    (28, 'Zoé', 'Perrin', 'zoe.perrin@free.fr'),
    (29, 'Victor', 'Robin', 'victor.robin-conseil@outlook.fr'),
    (30, 'Eva', 'Clément', 'eva.clement@gmail.com'),
    (31, 'Noah', 'Morin', 'noah.morin@acme-industries.fr'),
    (32, 'Mila', 'Nicolas', 'mila.nicolas@acme-industries.fr'),
    (33, 'Ethan', 'Henry', 'ethan.henry@nexa-consulting.fr'),
    (34, 'Lou', 'Roussel', 'lou.roussel@nexa-consulting.fr'),
    (35, 'Sacha', 'Mathieu', 'sacha.mathieu@boulangerie-durand.fr'),
    (36, 'Agathe', 'Masson', 'agathe.masson@hopital-sud.fr');

insert into client (id, kind, name, learner_id) values
    (1, 'COMPANY', 'Acme Industries', null),
    (2, 'PRIVATE_INDIVIDUAL', 'Claire Martin', 4),
    (3, 'SELF_EMPLOYED', 'Julien Petit – graphic design', 5),
    (4, 'COMPANY', 'Nexa Consulting', null),
    (5, 'COMPANY', 'Boulangerie Durand SARL', null),
    (6, 'COMPANY', 'Hôpital Sud', null),
    (7, 'PRIVATE_INDIVIDUAL', 'Anna Legrand', 26),
    (8, 'PRIVATE_INDIVIDUAL', 'Paul Gauthier', 27),
    (9, 'SELF_EMPLOYED', 'Zoé Perrin – translation', 28),
    (10, 'SELF_EMPLOYED', 'Victor Robin Conseil', 29),
    (11, 'PRIVATE_INDIVIDUAL', 'Eva Clément', 30);

-- Enrollment ids: 1-5 are "Excel advanced" (3 Acme learners, Claire Martin, Julien Petit); 6 is Camille Bernard's
-- second session.
insert into enrollment (id, session_id, learner_id, client_id) values
    (1, 1, 1, 1), (2, 1, 2, 1), (3, 1, 3, 1), (4, 1, 4, 2), (5, 1, 5, 3),
    (6, 2, 1, 1), (7, 2, 13, 1), (8, 2, 14, 1), (9, 2, 10, 5), (10, 2, 11, 5), (11, 2, 26, 7),
    (12, 3, 20, 6), (13, 3, 21, 6), (14, 3, 22, 6), (15, 3, 23, 6), (16, 3, 27, 8),
    (17, 4, 6, 4), (18, 4, 7, 4), (19, 4, 8, 4), (20, 4, 9, 4), (21, 4, 28, 9), (22, 4, 29, 10),
    (23, 5, 15, 1), (24, 5, 16, 4), (25, 5, 17, 4), (26, 5, 18, 5), (27, 5, 19, 5), (28, 5, 30, 11),
    (29, 6, 24, 6), (30, 6, 25, 6), (31, 6, 31, 1), (32, 6, 32, 1), (33, 6, 33, 4), (34, 6, 34, 4);

-- Learner records of enrollments 1-6 (and of the past sessions' other enrollments, for realism).
insert into course_start_notice (enrollment_id, sent_at)
select id, ((current_date - 17) + time '10:00') + (id % 5) * interval '1 hour' from enrollment where session_id = 1
union all select id, ((current_date - 74) + time '10:00') from enrollment where session_id = 2
union all select id, ((current_date - 95) + time '10:00') from enrollment where session_id = 5
order by 1;

insert into portal_access (enrollment_id, login, granted_at)
select e.id, l.email, ((current_date - 17) + time '10:05') from enrollment e join learner l on l.id = e.learner_id
 where e.session_id = 1 or e.id = 6 order by e.id;

insert into elearning_access (enrollment_id, module_name, granted_at)
select e.id, m.name, ((current_date - 17) + time '10:10')
  from enrollment e cross join (values (1, 'Pivot tables'), (2, 'Power Query basics')) as m(n, name)
 where e.session_id = 1 order by e.id, m.n;
insert into elearning_access (enrollment_id, module_name, granted_at) values
    (6, 'Leading a team: the first 90 days', (current_date - 74) + time '10:10');

-- Signatures for the half-days already past: the first three days of "Excel advanced", all of "Management fundamentals".
insert into attendance_signature (enrollment_id, session_date_id, half_day, signed_at)
select e.id, d.id, h.half_day, d.day + case h.half_day when 'AM' then time '09:05' else time '13:35' end
  from enrollment e
  join session_date d on d.session_id = e.session_id and d.day < (current_date)
  cross join (values ('AM'), ('PM')) as h(half_day)
 where e.session_id in (1, 2)
 order by e.id, d.id, h.half_day;

insert into evaluation (enrollment_id, title, submitted_at, score)
select e.id, t.title, ((current_date - 3) + time '09:30') + t.n * interval '2 days', 12 + (e.id * 3 + t.n) % 8
  from enrollment e cross join (values (0, 'Placement test'), (1, 'Mid-course quiz: formulas')) as t(n, title)
 where e.session_id = 1 order by e.id, t.n;
insert into evaluation (enrollment_id, title, submitted_at, score)
select id, 'End-of-course satisfaction survey', ((current_date - 58) + time '12:10'), null
  from enrollment where session_id = 2 order by id;

-- Certificates: in "Excel advanced" each learner already has all three documents (issued for the running session's
-- first module); Camille Bernard's and Hugo Lefebvre's were already sent to them.
insert into certificate (enrollment_id, kind, issued_on, delivered_at)
select e.id, k.kind, (current_date - 1), case when e.id in (1, 2) then ((current_date - 1) + time '18:00') end
  from enrollment e
  cross join (values (1, 'CERTIFICATE_OF_ATTENDANCE'), (2, 'CERTIFICATE_OF_ACHIEVEMENT'), (3, 'DIPLOMA')) as k(n, kind)
 where e.session_id = 1 order by e.id, k.n;
insert into certificate (enrollment_id, kind, issued_on, delivered_at)
select id, 'CERTIFICATE_OF_ATTENDANCE', (current_date - 58), ((current_date - 57) + time '09:00')
  from enrollment where session_id = 2 order by id;

-- Commercial documents. Acme's for "Excel advanced" belong to the company: removing one of its learners keeps them.
insert into quote (session_id, client_id, number, amount, status, created_on) values
    (1, 1, 'Q-2026-0101', 4350.00, 'ACCEPTED', current_date - 45),
    (1, 2, 'Q-2026-0102', 1450.00, 'ACCEPTED', current_date - 43),
    (1, 3, 'Q-2026-0103', 1450.00, 'ACCEPTED', current_date - 40),
    (2, 1, 'Q-2026-0077', 5400.00, 'ACCEPTED', current_date - 96),
    (4, 4, 'Q-2026-0140', 7800.00, 'SENT', current_date - 6);

insert into crm_opportunity (session_id, client_id, title, stage, amount) values
    (1, 1, 'Acme – Excel upskilling for finance team', 'WON', 4350.00),
    (1, 2, 'Claire Martin – Excel advanced (CPF)', 'WON', 1450.00),
    (1, 3, 'Julien Petit – Excel advanced', 'WON', 1450.00),
    (4, 4, 'Nexa – Python for consultants', 'PROPOSAL', 7800.00);

insert into training_contract (session_id, client_id, number, signed_on) values
    (1, 1, 'AGR-2026-0031', current_date - 37),
    (1, 2, 'TC-2026-0058', current_date - 35),
    (1, 3, 'TC-2026-0059', current_date - 32),
    (2, 1, 'AGR-2026-0019', current_date - 93);

insert into invoice (session_id, client_id, number, amount, status, issued_on) values
    (1, 1, 'F-2026-0412', 4350.00, 'ISSUED', current_date - 3),
    (1, 2, 'F-2026-0413', 725.00, 'PAID', current_date - 3),
    (1, 2, 'F-2026-D-0007', 725.00, 'DRAFT', null),
    (1, 3, 'F-2026-0414', 725.00, 'ISSUED', current_date - 3),
    (1, 3, 'F-2026-D-0008', 725.00, 'DRAFT', null),
    (2, 1, 'F-2026-0351', 5400.00, 'PAID', current_date - 57);

-- Email history: two emails for every learner, and the course emails of everyone in a session.
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select l.id, c.id, null, 'Welcome to our training catalogue', ((current_date - 185) + time '09:00') + l.id * interval '1 day'
  from learner l left join client c on c.learner_id = l.id order by l.id;
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select l.id, c.id, null, 'Your training account', ((current_date - 184) + time '09:00') + l.id * interval '1 day'
  from learner l left join client c on c.learner_id = l.id order by l.id;
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select e.learner_id, e.client_id, e.session_id, 'Course start notice: ' || s.name,
       (s.start_date - 14) + time '10:00'
  from enrollment e join training_session s on s.id = e.session_id order by e.id;
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select e.learner_id, e.client_id, e.session_id, 'Your access to the training portal', ((current_date - 17) + time '10:05')
  from enrollment e where e.session_id = 1 order by e.id;

-- The fixed ids above bypassed the identity sequences: move them past the data.
select setval(pg_get_serial_sequence('training_session', 'id'), (select max(id) + 1 from training_session), false);
select setval(pg_get_serial_sequence('session_date', 'id'), (select max(id) + 1 from session_date), false);
select setval(pg_get_serial_sequence('learner', 'id'), (select max(id) + 1 from learner), false);
select setval(pg_get_serial_sequence('client', 'id'), (select max(id) + 1 from client), false);
select setval(pg_get_serial_sequence('enrollment', 'id'), (select max(id) + 1 from enrollment), false);
