package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ProceduresTest {

    private final Procedures procedures = Procedures.loadDefault();

    @Test
    void theFiveSeedOrganisationsShipAsTenantsInEnglandAndWales() {
        assertThat(procedures.tenants())
                .extracting(Tenant::id, Tenant::referencePrefix, Tenant::division, Tenant::profileId, Tenant::profileVersion)
                .containsExactly(
                        tuple("core-assets", "CA", Division.ENGLAND_AND_WALES, "core-assets", 1),
                        tuple("cambridgeshire", "CAM", Division.ENGLAND_AND_WALES, "cambridgeshire", 1),
                        tuple("telford-wrekin", "TW", Division.ENGLAND_AND_WALES, "telford-wrekin", 1),
                        tuple("bcp", "BCP", Division.ENGLAND_AND_WALES, "bcp", 1),
                        tuple("herefordshire", "HER", Division.ENGLAND_AND_WALES, "herefordshire", 1));
    }

    @Test
    void anUnknownTenantIsEmpty() {
        assertThat(procedures.tenant("nowhere")).isEmpty();
    }

    @Test
    void eachTenantIsBoundToItsOwnProfileVersion() {
        for (Tenant tenant : procedures.tenants()) {
            ProcedureProfile profile = procedures.profile(tenant);
            assertThat(profile.id()).isEqualTo(tenant.profileId());
            assertThat(profile.version()).isEqualTo(tenant.profileVersion());
        }
    }

    @Test
    void aProfileVersionThatWasNeverShippedIsNamedInTheError() {
        assertThatThrownBy(() -> procedures.profile("cambridgeshire", 99))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("cambridgeshire-v99");
    }

    @Test
    void divisionsRoundTripTheirGovUkSlugs() {
        for (Division division : Division.values()) {
            assertThat(Division.fromSlug(division.slug())).isEqualTo(division);
        }
        assertThat(Division.ENGLAND_AND_WALES.slug()).isEqualTo("england-and-wales");
    }

    @Test
    void metricsReportTheFilesLastYearAndCountProjectedDates() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        procedures.calendarMetrics().bindTo(registry);
        WorkingDayCalendar calendar = procedures.calendar(Division.SCOTLAND);

        calendar.addWorkingDays(LocalDate.of(2027, 12, 24), 10);

        assertThat(registry.get("procedures.bank.holidays.last.year").tag("division", "scotland").gauge().value())
                .isEqualTo(2027.0);
        assertThat(registry.get("procedures.calendar.projected.dates").tag("division", "scotland").functionCounter().count())
                .isEqualTo(1.0);
        assertThat(registry.get("procedures.calendar.projected.dates").tag("division", "england-and-wales").functionCounter().count())
                .isZero();
    }
}
