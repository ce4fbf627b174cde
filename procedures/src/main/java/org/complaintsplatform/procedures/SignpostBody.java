package org.complaintsplatform.procedures;

/** External bodies letters may point a complainant to. */
public enum SignpostBody {
    /** Local Government and Social Care Ombudsman. */
    LGSCO,
    OFSTED,
    /** Care Quality Commission. */
    CQC,
    /** National Association of Child Contact Centres. */
    NACCC,
    CHILDRENS_COMMISSIONER,
    /** The local authority that commissioned (pays for) the service. */
    COMMISSIONING_LOCAL_AUTHORITY,
    /** An NHS body's own complaints procedure. */
    NHS,
    /** Information Commissioner's Office. */
    ICO,
    DEPARTMENT_FOR_EDUCATION,
    DEPARTMENT_OF_HEALTH_AND_SOCIAL_CARE,
    SOCIAL_WORK_ENGLAND,
    /** Another council that runs the service, e.g. a joint adoption service. */
    OTHER_COUNCIL,
    LOCAL_COUNCILLOR,
    /** The local safeguarding children partnership. */
    SAFEGUARDING_PARTNERSHIP
}
