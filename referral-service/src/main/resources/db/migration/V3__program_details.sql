-- The directory grows into what a clinician needs to choose a program: languages, address, intake contact.
-- All partner data below is fictional (555-01xx numbers, example.org addresses).
alter table program
    add column street           varchar(200),
    add column city             varchar(100),
    add column region           varchar(40),
    add column postal_code      varchar(20),
    add column country          varchar(2),
    add column intake_phone     varchar(40),
    add column intake_email     varchar(254),
    add column description      varchar(500);

create table program_language (
    program_id uuid        not null references program (id),
    language   varchar(35) not null,  -- BCP-47 tag, e.g. en, es
    primary key (program_id, language)
);

-- Medication here treats co-occurring depression/anxiety (DOMAIN.md §5), never an opioid treatment program.
update program_service set service = 'medication-co-occurring'
    where service = 'medication-for-co-occurring-conditions';

update program set street = '120 Harbor View Road', city = 'Bayside', region = 'MA', postal_code = '02100',
        country = 'US', intake_phone = '555-0142', intake_email = 'intake@harbor.example.org',
        description = 'Outpatient and intensive outpatient care for adolescents, young adults and their families.'
    where id = '6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01';

update program set street = '7 Summit Ridge Lane', city = 'Highland', region = 'MA', postal_code = '01200',
        country = 'US', intake_phone = '555-0177', intake_email = 'admissions@summit.example.org',
        description = 'Residential and medically monitored inpatient care for young adults and adults.'
    where id = '6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02';

insert into program_service (program_id, service) values
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'group-counseling'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'relapse-prevention'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'group-counseling'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'relapse-prevention');

insert into program_language (program_id, language) values
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'en'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01', 'es'),
    ('6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02', 'en');
