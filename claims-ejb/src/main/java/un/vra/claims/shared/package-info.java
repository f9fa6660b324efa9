/** Building blocks shared by every feature: domain errors, paging, time and persistence converters. */
package un.vra.claims.shared;
