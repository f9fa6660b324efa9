package un.vra.claims.account;

import un.vra.claims.audit.AuditedCaller;

/** The roles of the product. Each account holds one; the group name equals the role name. */
public enum Role {
    VRA_OFFICER,
    VRA_ADMIN,
    FOCAL_POINT,
    TASK_FORCE,
    AUDITOR;

    public static final String OFFICER = "VRA_OFFICER";
    public static final String ADMIN = "VRA_ADMIN";
    public static final String FOCAL = "FOCAL_POINT";
    public static final String TASK = "TASK_FORCE";
    public static final String AUDIT = AuditedCaller.AUDITOR_ROLE;

    public boolean isVra() {
        return this == VRA_OFFICER || this == VRA_ADMIN;
    }
}
