package dev.parallax.sim.core;

/**
 * The simulator's orders by id. An open-addressing hash table (linear probing, at most half
 * full) in two parallel arrays, so adding an order allocates nothing once the arrays have grown,
 * where a {@code HashMap} would add an entry object per order. Removal shifts the entries that
 * follow back into the gap, so no deleted markers build up in a long run.
 */
final class OrderIndex {

    private String[] ids = new String[64];
    private WorkingOrder[] orders = new WorkingOrder[64];
    private int shift = Integer.SIZE - 6;
    private int size;

    /** How many orders the index holds. */
    int size() {
        return size;
    }

    /** The order with id {@code id}, or null. */
    WorkingOrder get(String id) {
        int mask = ids.length - 1;
        for (int i = home(id); ; i = (i + 1) & mask) {
            String at = ids[i];
            if (at == null) {
                return null;
            }
            if (at == id || at.equals(id)) {
                return orders[i];
            }
        }
    }

    /** Adds {@code order} under its id, which the caller has checked is not in the index. */
    void add(WorkingOrder order) {
        if (2 * (size + 1) > ids.length) {
            grow();
        }
        insert(order.order.id(), order);
        size++;
    }

    /** Removes {@code order}; does nothing if its id now belongs to another order or to none. */
    void remove(WorkingOrder order) {
        String id = order.order.id();
        int mask = ids.length - 1;
        for (int i = home(id); ; i = (i + 1) & mask) {
            String at = ids[i];
            if (at == null) {
                return;
            }
            if (orders[i] == order) {
                closeGap(i);
                size--;
                return;
            }
        }
    }

    /** Fibonacci hashing: the top bits of the id's hash times the golden ratio. */
    private int home(String id) {
        return (id.hashCode() * 0x9E3779B9) >>> shift;
    }

    private void insert(String id, WorkingOrder order) {
        int mask = ids.length - 1;
        int i = home(id);
        while (ids[i] != null) {
            i = (i + 1) & mask;
        }
        ids[i] = id;
        orders[i] = order;
    }

    /** Empties slot {@code gap}, moving back each following entry of the run whose home is not between them. */
    private void closeGap(int gap) {
        int mask = ids.length - 1;
        int i = (gap + 1) & mask;
        while (ids[i] != null) {
            int home = home(ids[i]);
            boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
            if (!stays) {
                ids[gap] = ids[i];
                orders[gap] = orders[i];
                gap = i;
            }
            i = (i + 1) & mask;
        }
        ids[gap] = null;
        orders[gap] = null;
    }

    private void grow() {
        String[] oldIds = ids;
        WorkingOrder[] oldOrders = orders;
        ids = new String[oldIds.length * 2];
        orders = new WorkingOrder[oldIds.length * 2];
        shift--;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                insert(oldIds[i], oldOrders[i]);
            }
        }
    }
}
