package un.vra.claims.reference;

import java.io.Serializable;

/**
 * A Member State with its Permanent Mission's contact as the VRA recorded it: the address copied on steps 60 days
 * overdue (none when not recorded) and the language the mission is written to in, notes verbales included.
 */
public record MissionContact(String code, String name, String email, String language) implements Serializable {}
