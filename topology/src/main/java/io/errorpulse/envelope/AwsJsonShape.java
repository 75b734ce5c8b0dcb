package io.errorpulse.envelope;

/**
 * AWS JSON protocols: {@code {"__type": "ns#ThrottlingException", "message": ...}}, or any body
 * with an {@code application/x-amz-json-*} content type or an {@code x-amzn-ErrorType} header
 * (API Gateway sends that header with a plain {@code {"message": ...}}).
 *
 * <p>The code is the header, else the body's {@code code}, else {@code __type}, cut as the AWS SDKs
 * cut it: before the first {@code :}, then after the first {@code #}.
 */
final class AwsJsonShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.AWS_JSON;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.hasAwsType || m.amznErrorType != null || m.amzJsonContentType;
    }

    @Override
    public String code(EnvelopeMembers m) {
        String fromHeader = Codes.awsCut(m.amznErrorType);
        if (fromHeader != null) {
            return fromHeader;
        }
        String fromCode = Codes.awsCut(m.code);
        return fromCode != null ? fromCode : Codes.awsCut(m.awsType);
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return m.errorIsObject;
    }
}
