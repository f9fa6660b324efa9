package un.vra.claims.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.Lifecycle;
import un.vra.claims.claim.application.ClaimService;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.Languages;
import un.vra.claims.shared.StaleVersionException;
import un.vra.claims.statelaw.StateLawService;
import un.vra.claims.statelaw.StateLawView;
import un.vra.claims.web.http.DeadlockRetries;

/**
 * The dialog of one action on the claim file. Its fields are the components of the input record that the action's
 * row in the lifecycle table names, with their types and required marks, so the page offers exactly what the API
 * takes; the claim guards, the dialog reports. What the person typed stays in the dialog
 * when the action is refused, also when someone else changed the claim meanwhile.
 */
@Named
@ViewScoped
public class ClaimActionDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One input of the dialog: its name (also its text key), kind, choices and whether it is required. */
    public record Field(String name, String kind, List<String> choices, boolean required) implements Serializable {

        /**
         * Whether the field is a yes or no that the action may go without ("Share with the Member State"): it offers
         * no empty choice and reads "No" until the person chooses "Yes", as the action takes its absence. A yes or no
         * that is required ("Seals intact") starts empty, so that it is answered, not left as it came.
         */
        public boolean defaultsToNo() {
            return "BOOLEAN".equals(kind) && !required;
        }

        /** The values a yes or no offers: yes and no, after an empty one when it must be answered. */
        public List<String> answers() {
            return required ? List.of("", "true", "false") : List.of("true", "false");
        }
    }

    @EJB
    private ClaimService claims;

    @EJB
    private StateLawService nationalLaw;

    @Inject
    private ClaimFileView file;

    @Inject
    private Validator validator;

    @Inject
    private FacesContext facesContext;

    private ClaimAction action;
    private long version;
    private List<Field> fields = List.of();
    private final Map<String, Object> values = new HashMap<>();
    private String onBehalfOf;
    private boolean conflict;
    private StateLawView stateLaw;

    public void open(ClaimAction chosen) {
        action = chosen;
        version = file.getClaim().version();
        values.clear();
        onBehalfOf = null;
        conflict = false;
        stateLaw = chosen == ClaimAction.NOTIFY_MEMBER_STATE
                ? stateLaw(file.getClaim().memberState())
                : null;
        fields = Arrays.stream(input().getRecordComponents())
                .filter(this::asked)
                .map(ClaimActionDialog::field)
                .toList();
        fields.stream().filter(Field::defaultsToNo).forEach(field -> values.put(field.name(), "false"));
    }

    /**
     * Takes the action; a refusal of the domain goes to the pages' one exception handler, which shows it in the
     * reader's language and keeps the dialog open with what was typed. A conflict also offers to reload.
     */
    public void submit() throws IOException {
        ClaimCommand command = command();
        for (ConstraintViolation<ClaimCommand> violation : validator.validate(command)) {
            error(Languages.labelled(
                    bundle().getLocale(), label(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        if (!facesContext.getMessageList().isEmpty()) {
            return;
        }
        try {
            DeadlockRetries.retried("claim action", () -> {
                claims.actWithoutReadingBack(file.getReference(), version, command, blankToNull(onBehalfOf));
            });
            file.reopenAfter(action);
        } catch (StaleVersionException e) {
            conflict = true;
            throw e;
        }
    }

    /** After a conflict: take the claim as it is now, keeping what was typed, and try again from there. */
    public void reload() {
        file.load();
        version = file.getClaim().version();
        conflict = false;
    }

    /** The entry of national law of the State about to be notified, which the officer reads beside the form. */
    private StateLawView stateLaw(String memberState) {
        return memberState == null ? null : nationalLaw.entry(memberState);
    }

    /** The record the action's row in the lifecycle table takes its input in. */
    private Class<? extends ClaimCommand> input() {
        return Lifecycle.row(action).orElseThrow().input();
    }

    /** The input record built with its canonical constructor from what was typed, converted to each component's type. */
    private ClaimCommand command() {
        RecordComponent[] components = input().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = convert(components[i], values.get(components[i].getName()));
        }
        try {
            return input().getDeclaredConstructor(types).newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(RecordComponent component, Object value) {
        String text = value == null ? null : value.toString().trim();
        Class<?> type = component.getType();
        if (type == Boolean.class || type == boolean.class) {
            return text == null || text.isEmpty() ? null : Boolean.valueOf(text);
        }
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (type == Integer.class) {
                return Integer.valueOf(text);
            }
            if (type.isEnum()) {
                return Enum.valueOf((Class<Enum>) type, text);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException(component.getName(), "is not a valid value");
        }
        return text;
    }

    /**
     * Whether the dialog asks for an input: a focal point shares everything it writes, so is not asked; the
     * override of the claimant's no-contact wish is asked only when she expressed it.
     */
    private boolean asked(RecordComponent component) {
        return switch (component.getName()) {
            case "shareWithMemberState" -> !file.isFocalPoint();
            case "noContactOverrideReason" ->
                file.getClaim().wishes() != null && file.getClaim().wishes().noFatherContact();
            default -> true;
        };
    }

    private static Field field(RecordComponent component) {
        Class<?> type = component.getType();
        String kind = type == LocalDate.class
                ? "DATE"
                : type == BigDecimal.class || type == Integer.class
                        ? "NUMBER"
                        : type == Boolean.class ? "BOOLEAN" : type.isEnum() ? "CHOICE" : "TEXT";
        List<String> choices = type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()
                : List.of();
        boolean required = component.getAccessor().isAnnotationPresent(NotNull.class)
                || component.getAccessor().isAnnotationPresent(NotBlank.class);
        return new Field(component.getName(), kind, choices, required);
    }

    private String label(String field) {
        ResourceBundle texts = bundle();
        return texts.containsKey("field." + field) ? texts.getString("field." + field) : field;
    }

    private ResourceBundle bundle() {
        return facesContext.getApplication().getResourceBundle(facesContext, "msg");
    }

    private void error(String message) {
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public ClaimAction getAction() {
        return action;
    }

    public List<Field> getFields() {
        return fields;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    /** The State's entry of national law while notifying it; null for every other action. */
    public StateLawView getStateLaw() {
        return stateLaw;
    }

    public boolean isConflict() {
        return conflict;
    }
}
