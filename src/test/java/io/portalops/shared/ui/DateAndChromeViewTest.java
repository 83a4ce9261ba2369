package io.portalops.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.portalops.TestUsers;
import io.portalops.security.AccountPreferences;
import io.portalops.security.ui.PreferencesView;
import io.portalops.shared.DateStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Dates in one format that accepts ISO, a country found by typing its start, and human page titles. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class DateAndChromeViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountPreferences preferences;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void isoAgain() {
        users.run("auditor", () -> preferences.setMyDateStyle(DateStyle.ISO));
    }

    @Test
    @WithUserDetails("auditor")
    void every_date_field_takes_iso_and_shows_the_format_chosen_in_the_preferences() {
        UI.getCurrent().navigate("audit");
        List<DatePicker> pickers = find(DatePicker.class).all();
        assertThat(pickers).isNotEmpty().allSatisfy(picker -> {
            assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("yyyy-MM-dd");
        });
        assertThat(DateFields.format(LocalDate.of(2027, 6, 30))).isEqualTo("2027-06-30");

        navigate(PreferencesView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DateStyle> style = find(RadioButtonGroup.class).single();
        assertThat(style.getValue()).as("ISO by default").isEqualTo(DateStyle.ISO);
        test(style).selectItem("30.06.2027");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(preferences.myDateStyle()).isEqualTo(DateStyle.DAY_MONTH_DOT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'account.preference_changed' "
                                + "and details::text like '%DAY_MONTH_DOT%'",
                        Long.class))
                .isPositive();
        UI.getCurrent().navigate("audit");
        assertThat(find(DatePicker.class).all())
                .allSatisfy(picker -> assertThat(picker.getI18n().getDateFormats())
                        .as("shown as chosen, ISO still accepted when typed")
                        .startsWith("dd.MM.yyyy")
                        .contains("yyyy-MM-dd"));
        assertThat(DateFields.format(LocalDate.of(2027, 6, 30))).isEqualTo("30.06.2027");
    }

    @Test
    void a_locales_short_date_maps_to_the_closest_style() {
        assertThat(DateStyle.forLocale(Locale.US)).isEqualTo(DateStyle.MONTH_DAY_SLASH);
        assertThat(DateStyle.forLocale(Locale.GERMANY)).isEqualTo(DateStyle.DAY_MONTH_DOT);
        assertThat(DateStyle.forLocale(Locale.of("fi", "FI"))).isEqualTo(DateStyle.DAY_MONTH_DOT);
        assertThat(DateStyle.forLocale(Locale.UK)).isEqualTo(DateStyle.DAY_MONTH_SLASH);
        assertThat(DateStyle.forLocale(Locale.of("sv", "SE"))).isEqualTo(DateStyle.ISO);
    }

    @Test
    void typing_the_start_of_a_country_and_enter_selects_it() {
        ComboBox<String> country = new ComboBox<>("Country");
        country.setItems("AX", "FI", "FJ", "FR", "LI");
        country.setItemLabelGenerator(
                code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")");
        ComboBoxes.firstMatchOnEnter(country);

        ComponentUtil.fireEvent(country, new ComboBox.CustomValueSetEvent<>(country, true, "Fin"));
        assertThat(country.getValue()).isEqualTo("FI");
        ComponentUtil.fireEvent(country, new ComboBox.CustomValueSetEvent<>(country, true, "zzz"));
        assertThat(country.getValue()).as("no match changes nothing").isEqualTo("FI");
        ComponentUtil.fireEvent(country, new ComboBox.CustomValueSetEvent<>(country, true, "ance"));
        assertThat(country.getValue())
                .as("contains, when nothing starts with it")
                .isEqualTo("FR");
    }

    @Test
    @WithUserDetails("analyst")
    void the_not_found_page_has_a_human_title_in_the_header() {
        UI.getCurrent().navigate("no-such-page-at-all");
        assertThat(find(H1.class).withClassName("view-title").single().getText())
                .isEqualTo("Not found");
    }
}
