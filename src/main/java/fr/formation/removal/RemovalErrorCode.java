package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RemovalErrorCode")
@Description("Why a removal was refused. When a removal is refused nothing is changed.")
public enum RemovalErrorCode {
    SESSION_NOT_FOUND,
    LEARNER_NOT_FOUND,
    CLIENT_NOT_FOUND,
    NOT_ENROLLED,
    WRONG_CLIENT_KIND,
    STALE_PREVIEW,
    INVALID_INPUT
}
