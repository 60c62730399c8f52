package io.orderhub.sync.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.common.job.InvalidJobParameterException;
import io.orderhub.common.job.JobParameters;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

/** The {@code stateAccuracySample} parameter as an operator types it in the admin console. */
class AccuracySampleRequestTest {

    private final JobParameters parameters = new JobParameters(
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyParameterSamplesFiftyOrdersOfTheLastSevenDaysOfEveryShop() {
        AccuracySampleRequest request = parameters.parse("{}", AccuracySampleRequest.class);

        assertThat(request).isEqualTo(AccuracySampleRequest.defaults());
        assertThat(request.days()).isEqualTo(7);
        assertThat(request.perShop()).isEqualTo(50);
        assertThat(request.channels()).isEmpty();
        assertThat(request.seed()).isNull();
    }

    @Test
    void aLookBackBeyondTheNinetyDaysPlatformsServeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> parameters.parse("{\"days\":91}", AccuracySampleRequest.class))
                .isInstanceOfSatisfying(InvalidJobParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("days"));
    }

    @Test
    void aSeedThatCouldNotComeFromARunIdIsRefusedNamingTheField() {
        assertThatThrownBy(() -> parameters.parse("{\"seed\":\"x'; DROP\"}", AccuracySampleRequest.class))
                .isInstanceOfSatisfying(InvalidJobParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("seed"));
    }
}
