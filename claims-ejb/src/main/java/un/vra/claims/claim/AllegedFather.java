package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.PersonalDataConverter;

/**
 * What the responsible State needs to locate the alleged father. Only VRA roles and the focal points of
 * the claim's State may read it. Name, service number and unit
 * are stored encrypted; nationality and rotation dates stay in clear for the State's own lists.
 */
@Embeddable
public class AllegedFather {

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "father_name")
    private String name;

    @Column(name = "father_nationality", length = 3)
    private String nationality;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "father_service_number")
    private String serviceNumber;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "father_unit")
    private String unit;

    @Column(name = "father_rotation_from")
    private LocalDate rotationFrom;

    @Column(name = "father_rotation_to")
    private LocalDate rotationTo;

    protected AllegedFather() {}

    public AllegedFather(
            String name,
            String nationality,
            String serviceNumber,
            String unit,
            LocalDate rotationFrom,
            LocalDate rotationTo) {
        DateRange rotation = DateRange.of(rotationFrom, rotationTo, "allegedFather.rotationTo");
        this.name = name;
        this.nationality = nationality;
        this.serviceNumber = serviceNumber;
        this.unit = unit;
        this.rotationFrom = rotation.from();
        this.rotationTo = rotation.to();
    }

    public String name() {
        return name;
    }

    public String nationality() {
        return nationality;
    }

    public String serviceNumber() {
        return serviceNumber;
    }

    public String unit() {
        return unit;
    }

    /** When he served with the mission, as far as known. */
    public DateRange rotation() {
        return new DateRange(rotationFrom, rotationTo);
    }

    public LocalDate rotationFrom() {
        return rotationFrom;
    }

    public LocalDate rotationTo() {
        return rotationTo;
    }
}
