package un.vra.claims.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A UN Member State, by its ISO 3166-1 alpha-3 code. Loaded by migration, read only. */
@Entity
@Table(name = "member_state")
public class MemberState {

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false)
    private String name;

    protected MemberState() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
