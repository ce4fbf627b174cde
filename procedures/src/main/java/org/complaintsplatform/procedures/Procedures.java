package org.complaintsplatform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Tenants, procedure profiles and working-day calendars, loaded and validated once; every service holds
 * one instance. Immutable and thread-safe.
 */
public final class Procedures {

    static final String BANK_HOLIDAYS = "bank-holidays.json";
    static final String TENANTS = "tenants.yaml";
    static final String TENANTS_SCHEMA = "schemas/tenants.schema.json";
    static final String PROFILE_INDEX = "profiles/index.yaml";
    static final String PROFILE_INDEX_SCHEMA = "schemas/profile-index.schema.json";
    static final String PROFILE_SCHEMA = "schemas/procedure-profile.schema.json";

    private final Map<String, Tenant> tenants;
    private final Map<String, ProcedureProfile> profiles;
    private final Map<Division, WorkingDayCalendar> calendars;

    private Procedures(JsonNode bankHolidays, String bankHolidaysSource, Clock clock) {
        Map<Division, WorkingDayCalendar> byDivision = new EnumMap<>(Division.class);
        BankHolidays.parse(bankHolidays, bankHolidaysSource)
                .forEach((division, holidays) -> byDivision.put(division, new WorkingDayCalendar(division, holidays, clock)));
        this.calendars = Map.copyOf(byDivision);
        this.profiles = loadProfiles();
        this.tenants = loadTenants(profiles);
    }

    /** Loads the shipped data: tenants, profiles and the bank-holiday file on the classpath; the system clock. */
    public static Procedures loadDefault() {
        return loadDefault(Clock.systemUTC());
    }

    public static Procedures loadDefault(Clock clock) {
        return new Procedures(DataFiles.readResource(BANK_HOLIDAYS), "classpath:" + BANK_HOLIDAYS, clock);
    }

    /** Loads the shipped tenants and profiles with an operator-supplied bank-holiday file (gov.uk format) in place of the shipped one. */
    public static Procedures load(Path bankHolidaysFile) {
        return load(bankHolidaysFile, Clock.systemUTC());
    }

    public static Procedures load(Path bankHolidaysFile, Clock clock) {
        return new Procedures(DataFiles.readFile(bankHolidaysFile), bankHolidaysFile.toString(), clock);
    }

    public Optional<Tenant> tenant(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    /** The tenants in registry order. */
    public List<Tenant> tenants() {
        return List.copyOf(tenants.values());
    }

    public WorkingDayCalendar calendar(Division division) {
        return calendars.get(division);
    }

    /** The working-day calendar of the tenant's bank-holiday division. */
    public WorkingDayCalendar calendar(Tenant tenant) {
        return calendar(tenant.division());
    }

    /** The profile version the tenant is bound to now; new complaints start under it. */
    public ProcedureProfile profile(Tenant tenant) {
        return profile(tenant.profileId(), tenant.profileVersion());
    }

    /** A profile version by id, e.g. the one an older complaint started under. */
    public ProcedureProfile profile(String profileId, int version) {
        ProcedureProfile profile = profiles.get(key(profileId, version));
        if (profile == null) {
            throw new NoSuchElementException("no procedure profile " + key(profileId, version) + " is shipped");
        }
        return profile;
    }

    /**
     * Metrics for a service to bind to its registry: gauge {@code procedures.bank.holidays.last.year} and
     * counter {@code procedures.calendar.projected.dates}, both tagged with the division.
     */
    public MeterBinder calendarMetrics() {
        return new CalendarMetrics(calendars.values());
    }

    private static Map<String, ProcedureProfile> loadProfiles() {
        JsonNode index = DataFiles.readResource(PROFILE_INDEX);
        DataFiles.validate(index, PROFILE_INDEX_SCHEMA, PROFILE_INDEX);
        Map<String, ProcedureProfile> profiles = new LinkedHashMap<>();
        for (JsonNode entry : index.path("profiles")) {
            String key = entry.asText();
            String resource = "profiles/" + key + ".yaml";
            profiles.put(key, checkKey(key, readProfile(resource), resource));
        }
        return Map.copyOf(profiles);
    }

    /** Reads, validates and binds one profile file; a bad file fails with the file and field named. */
    static ProcedureProfile readProfile(String resource) {
        JsonNode document = DataFiles.readResource(resource);
        DataFiles.validate(document, PROFILE_SCHEMA, resource);
        return DataFiles.bind(document, ProcedureProfile.class, resource);
    }

    /** A profile's id and version must match its file name, so that a tenant's binding finds the file it names. */
    static ProcedureProfile checkKey(String key, ProcedureProfile profile, String resource) {
        if (!key.equals(key(profile.id(), profile.version()))) {
            throw new ProceduresDataException(resource + " is invalid: $.id and $.version say " + profile
                    + " but the file name says " + key);
        }
        return profile;
    }

    private static Map<String, Tenant> loadTenants(Map<String, ProcedureProfile> profiles) {
        JsonNode document = DataFiles.readResource(TENANTS);
        DataFiles.validate(document, TENANTS_SCHEMA, TENANTS);
        Map<String, Tenant> tenants = new LinkedHashMap<>();
        JsonNode entries = document.path("tenants");
        for (int i = 0; i < entries.size(); i++) {
            String source = TENANTS + " $.tenants[" + i + "]";
            Tenant tenant = DataFiles.bind(entries.get(i), Tenant.class, source);
            if (!profiles.containsKey(key(tenant.profileId(), tenant.profileVersion()))) {
                throw new ProceduresDataException(source + ".profileId: profile "
                        + key(tenant.profileId(), tenant.profileVersion()) + " is not listed in " + PROFILE_INDEX);
            }
            if (tenants.putIfAbsent(tenant.id(), tenant) != null) {
                throw new ProceduresDataException(source + ".id: tenant " + tenant.id() + " is registered twice");
            }
        }
        return Collections.unmodifiableMap(tenants);
    }

    private static String key(String profileId, int version) {
        return profileId + "-v" + version;
    }
}
