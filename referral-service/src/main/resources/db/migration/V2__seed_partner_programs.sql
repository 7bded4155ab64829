-- The two partner programs of the development realm (clients partner-harbor and partner-summit).
insert into program (id, partner_id, name, accepting_referrals) values
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'harbor', 'Harbor Youth & Family Outpatient', true),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'summit', 'Summit Residential Recovery', true);

insert into program_level_of_care (program_id, asam_edition, level_code) values
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', '3', '1'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', '3', '2.1'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', '3', '2.5'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', '3', '3.1'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', '3', '3.5'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', '3', '3.7');

insert into program_service (program_id, service) values
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'cbt'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'family-therapy'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'medication-for-co-occurring-conditions'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'cbt'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'withdrawal-management'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'medication-for-co-occurring-conditions');

insert into program_population (program_id, population) values
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'adolescents'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'young-adults'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'young-adults'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'adults');
