package io.portalops.shared.validation;

import io.portalops.shared.text.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLineText}; the message says which character was refused. */
public class SingleLineTextValidator implements ConstraintValidator<SingleLineText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return TextProblems.report(value == null ? null : PlainText.singleLineProblem(value.toString()), context);
    }
}
