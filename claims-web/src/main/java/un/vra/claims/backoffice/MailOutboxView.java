package un.vra.claims.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.MailStatus;
import un.vra.claims.mail.OutboxFilter;
import un.vra.claims.mail.OutboxService;
import un.vra.claims.mail.OutboxView;
import un.vra.claims.web.ui.PagedModel;

/**
 * The administrator's outbox page: every mail the application queued, newest first, paged by the database, by
 * status and kind, so that a mail that did not go out is seen with the SMTP server's answer.
 */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OutboxService outboxService;

    private MailStatus status;
    private MailKind kind;
    private PagedModel<OutboxView> mails;

    @PostConstruct
    void init() {
        OutboxFilter filter = new OutboxFilter(status, null, kind, null, null);
        OutboxService service = outboxService;
        mails = PagedModel.of(request -> service.page(filter, request), mail -> String.valueOf(mail.id()));
    }

    public void show() {
        init();
    }

    public PagedModel<OutboxView> getMails() {
        return mails;
    }

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    public List<MailKind> getKinds() {
        return List.of(MailKind.values());
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public MailKind getKind() {
        return kind;
    }

    public void setKind(MailKind kind) {
        this.kind = kind;
    }
}
