/** The outbox of e-mails: what waits to be sent, what was sent and the SMTP server's answer, and its sender. */
package un.vra.claims.mail;
