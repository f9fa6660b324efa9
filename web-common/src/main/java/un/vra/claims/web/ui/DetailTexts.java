package un.vra.claims.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The details of a step on the timeline and in the chain of custody as a person reads them: each detail by its
 * label and each coded value by its name, in the reader's language ({@code Personnel: Military observer}), never
 * as the domain records them ({@code personnelCategory: MILITARY_OBSERVER}).
 */
@Named
@ApplicationScoped
public class DetailTexts {

    /** Where a detail's label is looked for, in order: the dialog's field, then the claim file's fact. */
    static final List<String> LABEL_PREFIXES = List.of("field.", "claim.");

    /** Details whose values have names of their own on the pages; any other coded value is a dialog's choice. */
    private static final Map<String, String> VALUE_PREFIXES = Map.of(
            "claimType", "type.",
            "personnelCategory", "category.",
            "outcome", "outcome.",
            "status", "status.");

    public String label(String key) {
        return label(key, texts());
    }

    public String value(String key, String value) {
        return value(key, value, texts());
    }

    static String label(String key, ResourceBundle texts) {
        for (String prefix : LABEL_PREFIXES) {
            if (texts.containsKey(prefix + key)) {
                return texts.getString(prefix + key);
            }
        }
        return key;
    }

    static String value(String key, String value, ResourceBundle texts) {
        if (value == null) {
            return "";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return texts.getString(Boolean.parseBoolean(value) ? "yes" : "no");
        }
        String named = VALUE_PREFIXES.getOrDefault(key, "choice.") + value;
        return texts.containsKey(named) ? texts.getString(named) : value;
    }

    private static ResourceBundle texts() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }
}
