package org.complaintsplatform.contracts.complaint;

/** An external body a complaint can be taken to, as the procedure profiles signpost them. */
public enum ExternalBody {
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
    NHS,
    /** Information Commissioner's Office. */
    ICO,
    DEPARTMENT_FOR_EDUCATION,
    DEPARTMENT_OF_HEALTH_AND_SOCIAL_CARE,
    SOCIAL_WORK_ENGLAND,
    OTHER_COUNCIL,
    LOCAL_COUNCILLOR,
    SAFEGUARDING_PARTNERSHIP
}
