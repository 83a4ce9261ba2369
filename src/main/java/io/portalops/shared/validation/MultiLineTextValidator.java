package io.portalops.shared.validation;

import io.portalops.shared.text.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MultiLineText}; the message says which character was refused. */
public class MultiLineTextValidator implements ConstraintValidator<MultiLineText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return TextProblems.report(value == null ? null : PlainText.problem(value.toString()), context);
    }
}
