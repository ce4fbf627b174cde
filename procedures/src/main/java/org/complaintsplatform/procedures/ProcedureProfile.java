package org.complaintsplatform.procedures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an organisation's procedure, loaded from {@code profiles/<id>-v<version>.yaml}. A
 * complaint keeps the version it started under, so versions are never edited once shipped.
 */
public final class ProcedureProfile {

    private final String id;
    private final int version;
    private final String organisation;
    private final String seedFile;
    private final Deadline acknowledgementDeadline;

    @JsonCreator
    ProcedureProfile(
            @JsonProperty("id") String id,
            @JsonProperty("version") int version,
            @JsonProperty("organisation") String organisation,
            @JsonProperty("seedFile") String seedFile,
            @JsonProperty("acknowledgement") Deadline acknowledgement) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.seedFile = Objects.requireNonNull(seedFile, "seedFile");
        this.acknowledgementDeadline = Objects.requireNonNull(acknowledgement, "acknowledgement");
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    /** The organisation's name, as letters print it. */
    public String organisation() {
        return organisation;
    }

    /** The seed text under {@code seeds/} this profile was written from. */
    public String seedFile() {
        return seedFile;
    }

    /** The acknowledgement timescale; empty where the seed states none (Core Assets, BCP, Herefordshire). */
    public Optional<Timescale> acknowledgement() {
        return acknowledgementDeadline.stated();
    }

    /** The acknowledgement rule with its clock start and the seed's sentence. */
    public Deadline acknowledgementDeadline() {
        return acknowledgementDeadline;
    }

    @Override
    public String toString() {
        return id + "-v" + version;
    }
}
