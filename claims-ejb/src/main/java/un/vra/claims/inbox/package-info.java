/** A focal point's inbox: claims newly notified to its State and reminders of overdue steps, read or unread. */
package un.vra.claims.inbox;
