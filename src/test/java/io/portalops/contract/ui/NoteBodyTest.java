package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteBodyTest {

    @Test
    void a_mention_of_a_notified_account_is_highlighted_and_the_rest_stays_plain_text() {
        Span body = NoteBody.of("Please check @Approver and @nobody <b>now</b>", List.of("approver"));

        assertThat(body.getElement().getChildCount()).isEqualTo(3);
        assertThat(body.getElement().getChild(0).getText()).isEqualTo("Please check ");
        assertThat(body.getElement().getChild(1).getText()).isEqualTo("@Approver");
        assertThat(body.getElement().getChild(1).getClassList()).contains("mention");
        assertThat(body.getElement().getChild(2).isTextNode()).isTrue();
        assertThat(body.getElement().getChild(2).getText()).isEqualTo(" and @nobody <b>now</b>");

        Span plain = NoteBody.of("no mentions here", List.of());
        assertThat(plain.getElement().getChildCount()).isEqualTo(1);
        assertThat(plain.getElement().getChild(0).isTextNode()).isTrue();
    }
}
