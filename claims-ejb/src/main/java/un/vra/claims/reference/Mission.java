package un.vra.claims.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A peace operation or special political mission, current or closed. Loaded by migration, read only. */
@Entity
@Table(name = "mission")
public class Mission {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "host_country", nullable = false)
    private String hostCountry;

    /** The host country as a Member State's code, the dimension the report groups by (V89). */
    @Column(name = "host_country_code", nullable = false, length = 3)
    private String hostCountryCode;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Mission() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String hostCountry() {
        return hostCountry;
    }

    public String hostCountryCode() {
        return hostCountryCode;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }
}
