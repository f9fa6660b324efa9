/**
 * Personal data encrypted at rest: the key ring and its stored format, the converters of the encrypted columns,
 * the blind index, the online key rotation and key retirement, and the readiness check on the keys.
 */
package un.vra.claims.encryption;
