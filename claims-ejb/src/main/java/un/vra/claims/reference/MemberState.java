package un.vra.claims.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import un.vra.claims.shared.Languages;

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

    /**
     * A State's name in one of the six languages: the English name of the reference data in English; in another
     * language the country's name in it where the platform knows the code (ISO 3166-1 alpha-3, the Unicode CLDR's
     * names that the JDK carries), else the English name.
     */
    public static String nameIn(String code, String englishName, String language) {
        String written = Languages.orEnglish(language);
        if (Languages.ENGLISH.equals(written)) {
            return englishName;
        }
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            if (country.getISO3Country().equalsIgnoreCase(code)) {
                return country.getDisplayCountry(Locale.forLanguageTag(written));
            }
        }
        return englishName;
    }
}
