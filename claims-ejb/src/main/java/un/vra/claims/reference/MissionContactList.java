package un.vra.claims.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import un.vra.claims.shared.Languages;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The States' mission contacts as a page in a language lists them: by the State's name as that language writes it
 * ({@link Languages#stateName}), compared by a {@link Collator} of the language, and filtered on that name, the
 * English one or the code. The database knows the English names only, so it cannot order them so ("Allemagne"
 * comes first in French, where the English order puts it among the G's); the list is the 193 Member States and
 * never grows, so it is sorted and paged in memory.
 */
final class MissionContactList {

    private MissionContactList() {}

    static PageResult<MissionContact> page(
            List<MissionContact> states, String filter, String language, PageRequest page) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        Collator collator = Collator.getInstance(Languages.locale(language));
        List<MissionContact> listed = states.stream()
                .filter(state -> wanted.isEmpty()
                        || holds(state.code(), wanted)
                        || holds(state.name(), wanted)
                        || holds(shownName(state, language), wanted))
                .sorted(Comparator.comparing((MissionContact state) -> shownName(state, language), collator)
                        .thenComparing(MissionContact::code))
                .toList();
        int from = Math.min(page.offset(), listed.size());
        int to = Math.min(from + page.size(), listed.size());
        return new PageResult<>(listed.size(), page.page(), page.size(), listed.subList(from, to));
    }

    private static String shownName(MissionContact state, String language) {
        return Languages.stateName(state.code(), state.name(), language);
    }

    private static boolean holds(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
