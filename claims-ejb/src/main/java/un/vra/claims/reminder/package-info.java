/** The daily reminder job: the reminder ladder of every step past its standard, its lease, and its mails. */
package un.vra.claims.reminder;
