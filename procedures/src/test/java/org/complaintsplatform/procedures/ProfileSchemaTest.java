package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad profile fails start-up with a message naming the field; the schema and the Java model agree. */
class ProfileSchemaTest {

    private static final String SOURCE = "profiles/cambridgeshire-v1.yaml";
    private static final JsonNode SCHEMA = DataFiles.readResource(Procedures.PROFILE_SCHEMA);

    @Test
    void aMissingTimescaleUnitIsNamedByItsPath() {
        ObjectNode profile = shippedProfile();
        ((ObjectNode) profile.path("acknowledgement").path("timescale")).remove("unit");

        assertThatThrownBy(() -> DataFiles.validate(profile, Procedures.PROFILE_SCHEMA, SOURCE))
                .isInstanceOf(ProceduresDataException.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining("$.acknowledgement.timescale")
                .hasMessageContaining("unit");
    }

    @Test
    void anUnknownStepInAStageIsNamedByItsPath() {
        ObjectNode profile = shippedProfile();
        ObjectNode deadlines = (ObjectNode) profile.path("routes").get(0).path("stages").get(0).path("deadlines");
        deadlines.set("RESPONSE_SOMETIME", deadlines.path("RESPONSE"));

        assertThatThrownBy(() -> DataFiles.validate(profile, Procedures.PROFILE_SCHEMA, SOURCE))
                .isInstanceOf(ProceduresDataException.class)
                .hasMessageContaining("$.routes[0].stages[0].deadlines")
                .hasMessageContaining("RESPONSE_SOMETIME");
    }

    @Test
    void aSilentSeedMustStillBeSaidWithAnExplicitNull() {
        ObjectNode profile = shippedProfile();
        profile.remove("retention");

        assertThatThrownBy(() -> DataFiles.validate(profile, Procedures.PROFILE_SCHEMA, SOURCE))
                .isInstanceOf(ProceduresDataException.class)
                .hasMessageContaining("retention");
    }

    @Test
    void aNegativeTimescaleIsRejected() {
        ObjectNode profile = shippedProfile();
        ((ObjectNode) profile.path("acknowledgement").path("timescale")).put("amount", -3);

        assertThatThrownBy(() -> DataFiles.validate(profile, Procedures.PROFILE_SCHEMA, SOURCE))
                .isInstanceOf(ProceduresDataException.class)
                .hasMessageContaining("$.acknowledgement.timescale.amount");
    }

    @Test
    void aProfileWhoseIdDoesNotMatchItsFileNameFailsToLoad() {
        ObjectNode profile = shippedProfile();
        profile.put("version", 2);

        assertThatThrownBy(() -> Procedures.checkKey("cambridgeshire-v1", DataFiles.bind(profile, ProcedureProfile.class, SOURCE), SOURCE))
                .isInstanceOf(ProceduresDataException.class)
                .hasMessageContaining("cambridgeshire-v2")
                .hasMessageContaining("cambridgeshire-v1");
    }

    static Stream<Arguments> enumsInTheSchema() {
        return Stream.of(
                Arguments.of("/$defs/clockStart/enum", ClockStart.class),
                Arguments.of("/$defs/step/enum", Step.class),
                Arguments.of("/$defs/feedbackType/enum", FeedbackType.class),
                Arguments.of("/$defs/complainantRole/enum", ComplainantRole.class),
                Arguments.of("/$defs/routeKind/enum", RouteKind.class),
                Arguments.of("/$defs/timescale/properties/unit/enum", TimescaleUnit.class),
                Arguments.of("/$defs/extension/properties/condition/enum", ExtensionCondition.class),
                Arguments.of("/$defs/deadline/properties/strictness/enum", Strictness.class),
                Arguments.of("/$defs/requestWindow/properties/combination/enum", WindowCombination.class),
                Arguments.of("/$defs/requestWindow/properties/lapse/enum", Lapse.class),
                Arguments.of("/properties/exclusions/properties/grounds/items/properties/ground/enum", ExclusionGround.class),
                Arguments.of("/properties/exclusions/properties/grounds/items/properties/effect/enum", ExclusionEffect.class),
                Arguments.of("/properties/suspension/oneOf/1/properties/grounds/items/enum", SuspensionGround.class),
                Arguments.of("/properties/signposting/items/properties/body/enum", SignpostBody.class),
                Arguments.of("/properties/letters/properties/ownWords/propertyNames/enum", LetterTerm.class),
                Arguments.of("/properties/letters/properties/acknowledgementStates/items/enum", LetterContent.class),
                Arguments.of("/properties/reporting/items/properties/period/enum", ReportingPeriod.class),
                Arguments.of("/properties/referrals/items/properties/target/enum", ReferralTarget.class),
                Arguments.of("/$defs/stage/properties/investigation/oneOf/1/properties/roles/items/enum", InvestigatorRole.class),
                Arguments.of("/properties/deemedReceipt/properties/afterSending/required", Channel.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("enumsInTheSchema")
    void theSchemaListsExactlyTheConstantsOfEachJavaEnum(String pointer, Class<? extends Enum<?>> type) {
        JsonNode values = SCHEMA.at(pointer);
        assertThat(values.isArray()).as(pointer).isTrue();
        List<String> inSchema = StreamSupport.stream(((ArrayNode) values).spliterator(), false).map(JsonNode::asText).toList();
        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static ObjectNode shippedProfile() {
        return (ObjectNode) DataFiles.readResource(SOURCE);
    }
}
