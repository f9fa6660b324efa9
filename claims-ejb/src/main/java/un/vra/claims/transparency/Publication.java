package un.vra.claims.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A publication of the public table: the figures as of a day, for the years chosen, frozen under a title. It is
 * written once and never changed (the database refuses any update or delete), so that a figure quoted from it can
 * always be found again.
 */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year", nullable = false)
    private int lastYear;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    protected Publication() {}

    Publication(String title, LocalDate asOf, int firstYear, int lastYear, Instant publishedAt, String publishedBy) {
        this.title = title;
        this.asOf = asOf;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
