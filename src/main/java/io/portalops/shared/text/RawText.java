package io.portalops.shared.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an input record whose text fields the API binds as sent, because its consumer checks them with
 * {@link PlainText} itself and answers per item (an event batch must store its valid items even when one is not).
 * Every other record's strings are refused at binding when {@link PlainText#problem} finds a fault.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RawText {}
