-- "Please contact me" gains a preferred time from a closed list (PreferredTime). Phone numbers given from now on are
-- stored in E.164; older rows keep what was typed.
alter table screening_contact
    add column preferred_time varchar(20),
    add constraint screening_contact_preferred_time
        check (preferred_time is null or preferred_time in ('morning', 'afternoon', 'evening', 'any'));
