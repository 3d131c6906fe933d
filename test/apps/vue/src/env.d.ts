/// <reference types="vite/client" />
/// <reference types="ipt-widgets/vue" />
