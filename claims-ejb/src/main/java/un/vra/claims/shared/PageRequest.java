package un.vra.claims.shared;

/** A page of a list, numbered from zero; the size is bounded so no caller can ask for a whole table. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 25;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (page > Integer.MAX_VALUE / size) {
            throw new InvalidInputException("page", "page must be at most " + Integer.MAX_VALUE / size
                    + " for pages of " + size);
        }
    }

    public int offset() {
        return page * size;
    }
}
