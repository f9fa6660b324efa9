/** Exports for people: any table as CSV, Excel or PDF written row by row, and one claim's file as PDF. */
package un.vra.claims.export;
