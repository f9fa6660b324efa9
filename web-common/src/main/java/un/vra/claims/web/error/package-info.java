/** The one way refusals reach people: each error code's message in the reader's language, for the API and the pages. */
package un.vra.claims.web.error;
