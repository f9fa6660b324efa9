/** Flyway migrations that need the application's keys and so cannot be plain SQL. */
package db.migration;
