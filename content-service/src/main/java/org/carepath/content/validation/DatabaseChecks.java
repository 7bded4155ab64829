package org.carepath.content.validation;

/**
 * The validation group of constraints that ask the database. A request puts it after its
 * own default group ({@code @GroupSequence({ TheRequest.class, DatabaseChecks.class })}),
 * so the database is asked only about input that passed every other check: never about a
 * list of 10,000 ids where 20 are allowed.
 */
public interface DatabaseChecks {

}
