// Found first on the include path of domain and service (cmake/Layers.cmake).
#error "JSON belongs at the edges: src/http reads and renders the API's, src/storage encodes its columns'"
